stub: upstream file of 27180 bytes

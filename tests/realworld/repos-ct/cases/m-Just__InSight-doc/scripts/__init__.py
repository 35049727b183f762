stub: upstream file of 600 bytes

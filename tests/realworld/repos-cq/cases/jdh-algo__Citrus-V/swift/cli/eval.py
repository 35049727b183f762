stub: upstream file of 126 bytes

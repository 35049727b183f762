stub: upstream file of 8242 bytes

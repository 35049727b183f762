stub: upstream file of 296 bytes

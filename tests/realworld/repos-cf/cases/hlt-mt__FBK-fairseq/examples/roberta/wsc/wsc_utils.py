stub: upstream file of 8352 bytes

stub: upstream file of 3352 bytes

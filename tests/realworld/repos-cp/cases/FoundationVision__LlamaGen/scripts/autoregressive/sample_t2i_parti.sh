stub: upstream file of 271 bytes

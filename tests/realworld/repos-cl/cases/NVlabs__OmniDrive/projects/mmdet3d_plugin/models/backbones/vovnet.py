stub: upstream file of 12271 bytes

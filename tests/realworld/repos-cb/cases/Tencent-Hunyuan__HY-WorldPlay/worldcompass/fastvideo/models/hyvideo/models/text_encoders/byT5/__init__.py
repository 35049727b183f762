stub: upstream file of 8370 bytes

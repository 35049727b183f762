stub: upstream file of 8465 bytes

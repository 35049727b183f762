stub: upstream file of 12329 bytes

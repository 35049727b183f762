stub: upstream file of 29329 bytes

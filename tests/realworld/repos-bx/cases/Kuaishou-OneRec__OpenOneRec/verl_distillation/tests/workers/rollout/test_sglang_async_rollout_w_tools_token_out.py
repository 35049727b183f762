stub: upstream file of 4369 bytes

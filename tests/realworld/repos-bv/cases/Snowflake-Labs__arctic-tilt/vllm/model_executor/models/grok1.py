stub: upstream file of 23369 bytes

stub: upstream file of 346 bytes

stub: upstream file of 6346 bytes

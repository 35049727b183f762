stub: upstream file of 2346 bytes

stub: upstream file of 30346 bytes

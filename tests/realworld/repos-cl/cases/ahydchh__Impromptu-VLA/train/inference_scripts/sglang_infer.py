stub: upstream file of 6189 bytes

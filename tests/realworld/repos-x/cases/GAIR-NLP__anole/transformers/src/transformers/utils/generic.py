stub: upstream file of 27339 bytes

stub: upstream file of 2414 bytes

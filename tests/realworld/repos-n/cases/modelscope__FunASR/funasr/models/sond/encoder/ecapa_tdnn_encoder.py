stub: upstream file of 24397 bytes

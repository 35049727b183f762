stub: upstream file of 41397 bytes

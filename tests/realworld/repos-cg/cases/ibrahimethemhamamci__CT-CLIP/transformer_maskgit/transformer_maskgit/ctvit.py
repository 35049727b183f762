stub: upstream file of 16397 bytes

stub: upstream file of 29397 bytes

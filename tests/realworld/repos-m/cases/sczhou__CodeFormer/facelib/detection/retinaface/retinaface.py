stub: upstream file of 13397 bytes

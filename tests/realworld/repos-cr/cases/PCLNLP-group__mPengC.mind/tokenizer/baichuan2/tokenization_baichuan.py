stub: upstream file of 9030 bytes

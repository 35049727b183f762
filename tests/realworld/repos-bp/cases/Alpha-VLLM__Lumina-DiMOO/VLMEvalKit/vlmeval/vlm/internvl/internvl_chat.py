stub: upstream file of 24458 bytes

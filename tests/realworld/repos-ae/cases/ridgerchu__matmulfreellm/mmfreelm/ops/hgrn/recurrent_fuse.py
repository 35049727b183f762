stub: upstream file of 8665 bytes

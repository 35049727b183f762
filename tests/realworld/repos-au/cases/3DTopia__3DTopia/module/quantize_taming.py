stub: upstream file of 22362 bytes

stub: upstream file of 11458 bytes

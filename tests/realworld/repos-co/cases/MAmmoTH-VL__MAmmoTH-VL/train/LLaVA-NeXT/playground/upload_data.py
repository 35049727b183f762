stub: upstream file of 11585 bytes

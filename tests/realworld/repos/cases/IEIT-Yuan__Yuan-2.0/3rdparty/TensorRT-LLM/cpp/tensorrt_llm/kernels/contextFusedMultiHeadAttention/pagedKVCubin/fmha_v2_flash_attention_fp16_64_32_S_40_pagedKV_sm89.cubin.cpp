stub: upstream file of 299986 bytes

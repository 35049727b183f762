stub: upstream file of 12986 bytes

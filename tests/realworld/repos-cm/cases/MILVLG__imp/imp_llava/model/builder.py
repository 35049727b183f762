stub: upstream file of 11211 bytes

stub: upstream file of 27312 bytes

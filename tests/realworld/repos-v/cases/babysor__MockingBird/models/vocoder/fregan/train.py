stub: upstream file of 11406 bytes

stub: upstream file of 6902 bytes

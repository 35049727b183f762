stub: upstream file of 1039 bytes

stub: upstream file of 1076 bytes

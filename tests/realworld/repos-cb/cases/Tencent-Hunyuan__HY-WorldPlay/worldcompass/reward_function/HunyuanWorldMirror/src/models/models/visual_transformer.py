stub: upstream file of 19076 bytes

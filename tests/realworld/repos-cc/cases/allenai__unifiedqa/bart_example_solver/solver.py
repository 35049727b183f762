stub: upstream file of 5994 bytes

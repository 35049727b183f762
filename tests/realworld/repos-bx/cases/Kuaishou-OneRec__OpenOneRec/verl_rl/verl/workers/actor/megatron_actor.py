stub: upstream file of 30933 bytes

stub: upstream file of 1954 bytes

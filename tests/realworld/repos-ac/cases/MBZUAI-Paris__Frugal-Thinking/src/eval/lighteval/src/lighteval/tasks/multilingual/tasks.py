stub: upstream file of 138982 bytes

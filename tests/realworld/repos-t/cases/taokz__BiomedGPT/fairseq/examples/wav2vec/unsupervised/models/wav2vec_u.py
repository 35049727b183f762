stub: upstream file of 20954 bytes

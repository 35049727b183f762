stub: upstream file of 21150 bytes

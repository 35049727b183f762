stub: upstream file of 17846 bytes

stub: upstream file of 40401 bytes

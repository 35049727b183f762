stub: upstream file of 51401 bytes

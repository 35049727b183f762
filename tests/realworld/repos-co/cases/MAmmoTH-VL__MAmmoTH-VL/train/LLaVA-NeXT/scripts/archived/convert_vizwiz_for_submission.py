stub: upstream file of 1401 bytes

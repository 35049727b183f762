stub: upstream file of 7401 bytes

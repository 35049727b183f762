stub: upstream file of 69401 bytes

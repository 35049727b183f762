stub: upstream file of 7424 bytes

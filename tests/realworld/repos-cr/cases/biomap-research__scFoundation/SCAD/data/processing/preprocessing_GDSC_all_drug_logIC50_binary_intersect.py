stub: upstream file of 1899 bytes

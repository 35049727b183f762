stub: upstream file of 11976 bytes

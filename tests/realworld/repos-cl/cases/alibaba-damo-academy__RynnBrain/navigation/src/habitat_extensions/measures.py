stub: upstream file of 22401 bytes

stub: upstream file of 27311 bytes

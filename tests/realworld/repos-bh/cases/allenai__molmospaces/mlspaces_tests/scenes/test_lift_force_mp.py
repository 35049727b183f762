stub: upstream file of 33832 bytes

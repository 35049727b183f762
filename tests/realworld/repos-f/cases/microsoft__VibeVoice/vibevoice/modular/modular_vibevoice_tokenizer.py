stub: upstream file of 51899 bytes

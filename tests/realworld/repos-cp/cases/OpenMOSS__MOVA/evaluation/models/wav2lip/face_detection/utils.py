stub: upstream file of 11808 bytes

stub: upstream file of 8819 bytes

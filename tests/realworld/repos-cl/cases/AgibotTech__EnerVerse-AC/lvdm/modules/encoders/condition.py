stub: upstream file of 16132 bytes

stub: upstream file of 8783 bytes

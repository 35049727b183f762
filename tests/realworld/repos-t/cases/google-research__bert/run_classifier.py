stub: upstream file of 34783 bytes

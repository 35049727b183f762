stub: upstream file of 32783 bytes

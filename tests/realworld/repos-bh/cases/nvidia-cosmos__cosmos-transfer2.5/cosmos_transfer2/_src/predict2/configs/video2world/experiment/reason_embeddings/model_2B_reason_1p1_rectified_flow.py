stub: upstream file of 42783 bytes

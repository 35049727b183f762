stub: upstream file of 108783 bytes

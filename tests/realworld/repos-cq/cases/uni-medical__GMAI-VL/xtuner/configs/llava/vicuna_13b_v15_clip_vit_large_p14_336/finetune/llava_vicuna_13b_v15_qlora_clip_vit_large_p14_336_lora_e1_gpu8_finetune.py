stub: upstream file of 7783 bytes

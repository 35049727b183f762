stub: upstream file of 1783 bytes

stub: upstream file of 49783 bytes

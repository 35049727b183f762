stub: upstream file of 5783 bytes

stub: upstream file of 9783 bytes

stub: upstream file of 23783 bytes

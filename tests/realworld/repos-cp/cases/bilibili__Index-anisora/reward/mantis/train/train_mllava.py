stub: upstream file of 16783 bytes

stub: upstream file of 6061 bytes

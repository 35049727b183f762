stub: upstream file of 42531 bytes

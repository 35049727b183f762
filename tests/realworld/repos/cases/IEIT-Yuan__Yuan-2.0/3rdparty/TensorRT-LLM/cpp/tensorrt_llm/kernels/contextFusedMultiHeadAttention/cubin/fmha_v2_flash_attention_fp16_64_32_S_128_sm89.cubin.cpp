stub: upstream file of 407307 bytes

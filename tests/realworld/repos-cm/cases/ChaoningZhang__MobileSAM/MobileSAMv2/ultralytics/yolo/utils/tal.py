stub: upstream file of 13645 bytes

stub: upstream file of 4645 bytes

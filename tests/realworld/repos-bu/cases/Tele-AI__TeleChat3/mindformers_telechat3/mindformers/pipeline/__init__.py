stub: upstream file of 1645 bytes

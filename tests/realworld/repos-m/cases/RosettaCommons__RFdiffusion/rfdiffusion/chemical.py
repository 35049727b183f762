stub: upstream file of 39645 bytes

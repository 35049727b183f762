stub: upstream file of 3645 bytes

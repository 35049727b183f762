stub: upstream file of 5645 bytes

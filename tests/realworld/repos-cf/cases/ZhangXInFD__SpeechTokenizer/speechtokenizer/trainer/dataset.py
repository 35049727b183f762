stub: upstream file of 2645 bytes

stub: upstream file of 10645 bytes

stub: upstream file of 17645 bytes

stub: upstream file of 27645 bytes

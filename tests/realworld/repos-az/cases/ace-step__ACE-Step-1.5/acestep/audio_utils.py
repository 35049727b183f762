stub: upstream file of 11645 bytes

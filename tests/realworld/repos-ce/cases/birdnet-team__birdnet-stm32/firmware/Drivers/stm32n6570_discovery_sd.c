stub: upstream file of 26645 bytes

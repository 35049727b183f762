stub: upstream file of 9645 bytes

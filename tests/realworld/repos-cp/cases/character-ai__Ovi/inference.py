stub: upstream file of 6645 bytes

stub: upstream file of 32645 bytes

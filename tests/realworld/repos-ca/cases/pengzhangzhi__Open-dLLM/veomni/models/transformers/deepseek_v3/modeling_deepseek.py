stub: upstream file of 73645 bytes

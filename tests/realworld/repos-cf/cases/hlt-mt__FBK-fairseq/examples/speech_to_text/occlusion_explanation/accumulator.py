stub: upstream file of 7815 bytes

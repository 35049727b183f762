stub: upstream file of 6667 bytes

stub: upstream file of 7134 bytes

stub: upstream file of 47119 bytes

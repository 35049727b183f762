stub: upstream file of 13679 bytes

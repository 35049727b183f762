stub: upstream file of 9105 bytes

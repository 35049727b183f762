stub: upstream file of 25068 bytes

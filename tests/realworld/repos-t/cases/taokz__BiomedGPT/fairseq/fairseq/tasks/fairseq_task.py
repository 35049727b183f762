stub: upstream file of 25451 bytes

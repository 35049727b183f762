stub: upstream file of 1617 bytes

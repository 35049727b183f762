stub: upstream file of 5603 bytes

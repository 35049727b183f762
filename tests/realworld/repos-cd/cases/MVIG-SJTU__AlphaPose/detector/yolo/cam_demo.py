stub: upstream file of 4679 bytes

stub: upstream file of 43673 bytes

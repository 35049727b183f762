stub: upstream file of 7673 bytes

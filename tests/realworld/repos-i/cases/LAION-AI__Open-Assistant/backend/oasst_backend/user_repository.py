stub: upstream file of 14593 bytes

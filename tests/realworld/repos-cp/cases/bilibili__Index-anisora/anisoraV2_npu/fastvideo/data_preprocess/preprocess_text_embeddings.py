stub: upstream file of 7593 bytes

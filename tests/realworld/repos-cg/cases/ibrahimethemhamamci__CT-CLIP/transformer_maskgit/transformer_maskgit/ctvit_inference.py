stub: upstream file of 9884 bytes

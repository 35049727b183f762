stub: upstream file of 9674 bytes

stub: upstream file of 11725 bytes

stub: upstream file of 6846 bytes

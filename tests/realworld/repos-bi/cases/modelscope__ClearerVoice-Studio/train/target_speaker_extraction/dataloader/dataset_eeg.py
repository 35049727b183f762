stub: upstream file of 4631 bytes

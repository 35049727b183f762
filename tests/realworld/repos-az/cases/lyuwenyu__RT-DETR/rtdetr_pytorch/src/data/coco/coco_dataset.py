stub: upstream file of 6884 bytes

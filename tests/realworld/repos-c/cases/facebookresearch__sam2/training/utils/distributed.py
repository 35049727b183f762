stub: upstream file of 18986 bytes

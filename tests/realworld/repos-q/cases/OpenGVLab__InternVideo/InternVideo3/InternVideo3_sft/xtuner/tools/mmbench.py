stub: upstream file of 18800 bytes

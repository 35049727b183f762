stub: upstream file of 7260 bytes

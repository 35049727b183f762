stub: upstream file of 16725 bytes

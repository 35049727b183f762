stub: upstream file of 11566 bytes

stub: upstream file of 53470 bytes

stub: upstream file of 7330 bytes

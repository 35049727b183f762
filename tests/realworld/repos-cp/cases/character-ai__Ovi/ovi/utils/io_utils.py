stub: upstream file of 2640 bytes

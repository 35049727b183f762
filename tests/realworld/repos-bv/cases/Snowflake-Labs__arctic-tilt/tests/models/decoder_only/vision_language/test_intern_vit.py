stub: upstream file of 2528 bytes

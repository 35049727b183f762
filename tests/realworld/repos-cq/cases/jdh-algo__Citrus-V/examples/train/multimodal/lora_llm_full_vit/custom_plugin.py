stub: upstream file of 2573 bytes

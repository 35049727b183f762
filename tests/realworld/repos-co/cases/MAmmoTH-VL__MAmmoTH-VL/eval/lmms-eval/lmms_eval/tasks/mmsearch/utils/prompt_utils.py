stub: upstream file of 3528 bytes

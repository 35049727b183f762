stub: upstream file of 15582 bytes

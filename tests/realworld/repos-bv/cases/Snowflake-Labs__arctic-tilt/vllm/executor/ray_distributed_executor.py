stub: upstream file of 30725 bytes

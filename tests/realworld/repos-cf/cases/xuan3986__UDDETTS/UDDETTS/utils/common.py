stub: upstream file of 4630 bytes

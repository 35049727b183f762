stub: upstream file of 56850 bytes

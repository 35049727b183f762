stub: upstream file of 7780 bytes

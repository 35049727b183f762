stub: upstream file of 16479 bytes

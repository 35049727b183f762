stub: upstream file of 9780 bytes

stub: upstream file of 5780 bytes

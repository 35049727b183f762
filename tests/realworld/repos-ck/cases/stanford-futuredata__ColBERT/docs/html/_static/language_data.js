stub: upstream file of 10854 bytes

stub: upstream file of 67942 bytes

stub: upstream file of 5863 bytes

stub: upstream file of 34770 bytes

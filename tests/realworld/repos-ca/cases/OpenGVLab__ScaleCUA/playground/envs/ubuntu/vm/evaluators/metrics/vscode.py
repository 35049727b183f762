stub: upstream file of 7770 bytes

stub: upstream file of 11770 bytes

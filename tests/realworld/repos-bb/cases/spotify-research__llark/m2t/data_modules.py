stub: upstream file of 25770 bytes

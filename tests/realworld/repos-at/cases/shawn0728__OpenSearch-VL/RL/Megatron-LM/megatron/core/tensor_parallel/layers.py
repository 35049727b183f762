stub: upstream file of 50770 bytes

stub: upstream file of 51770 bytes

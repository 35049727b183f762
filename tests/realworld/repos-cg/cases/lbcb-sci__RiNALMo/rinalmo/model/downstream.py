stub: upstream file of 5770 bytes

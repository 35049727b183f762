stub: upstream file of 18114 bytes

stub: upstream file of 1770 bytes

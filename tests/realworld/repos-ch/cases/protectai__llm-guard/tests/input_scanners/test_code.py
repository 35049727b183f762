stub: upstream file of 1029 bytes

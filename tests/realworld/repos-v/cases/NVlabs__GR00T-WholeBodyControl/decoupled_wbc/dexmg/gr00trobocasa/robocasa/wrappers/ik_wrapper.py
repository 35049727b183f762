stub: upstream file of 9853 bytes

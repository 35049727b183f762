stub: upstream file of 3973 bytes

stub: upstream file of 908 bytes

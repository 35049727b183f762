stub: upstream file of 9978 bytes

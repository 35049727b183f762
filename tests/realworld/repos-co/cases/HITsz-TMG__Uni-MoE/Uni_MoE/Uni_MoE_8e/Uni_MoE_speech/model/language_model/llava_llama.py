stub: upstream file of 19987 bytes

stub: upstream file of 9061 bytes

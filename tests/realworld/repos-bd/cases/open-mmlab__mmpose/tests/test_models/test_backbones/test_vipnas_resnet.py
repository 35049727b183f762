stub: upstream file of 14401 bytes

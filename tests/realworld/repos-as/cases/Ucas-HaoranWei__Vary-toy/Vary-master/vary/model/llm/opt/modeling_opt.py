stub: upstream file of 47286 bytes

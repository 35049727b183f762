stub: upstream file of 5927 bytes

stub: upstream file of 11961 bytes

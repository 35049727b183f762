stub: upstream file of 28953 bytes

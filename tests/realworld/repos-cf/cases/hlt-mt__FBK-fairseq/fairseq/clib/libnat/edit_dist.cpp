stub: upstream file of 5958 bytes

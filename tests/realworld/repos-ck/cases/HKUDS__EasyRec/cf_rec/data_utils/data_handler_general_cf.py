stub: upstream file of 3958 bytes

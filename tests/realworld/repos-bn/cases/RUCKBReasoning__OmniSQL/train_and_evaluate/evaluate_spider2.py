stub: upstream file of 15958 bytes

stub: upstream file of 23958 bytes

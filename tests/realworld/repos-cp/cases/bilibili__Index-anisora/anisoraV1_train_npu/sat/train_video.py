stub: upstream file of 10791 bytes

stub: upstream file of 3791 bytes

stub: upstream file of 16791 bytes

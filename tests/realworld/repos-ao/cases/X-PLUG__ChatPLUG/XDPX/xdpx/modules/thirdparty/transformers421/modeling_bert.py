stub: upstream file of 76161 bytes

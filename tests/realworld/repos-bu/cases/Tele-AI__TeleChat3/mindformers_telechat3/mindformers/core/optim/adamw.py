stub: upstream file of 14982 bytes

stub: upstream file of 1607 bytes

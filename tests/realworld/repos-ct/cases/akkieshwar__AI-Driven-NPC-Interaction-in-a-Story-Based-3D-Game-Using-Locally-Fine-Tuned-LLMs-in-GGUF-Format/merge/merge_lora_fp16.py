stub: upstream file of 973 bytes

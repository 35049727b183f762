stub: upstream file of 9815 bytes

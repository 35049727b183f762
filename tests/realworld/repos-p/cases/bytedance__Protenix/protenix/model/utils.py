stub: upstream file of 27542 bytes

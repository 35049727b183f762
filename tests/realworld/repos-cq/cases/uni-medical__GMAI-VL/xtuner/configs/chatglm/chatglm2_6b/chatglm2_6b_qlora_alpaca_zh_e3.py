stub: upstream file of 7104 bytes

stub: upstream file of 1552 bytes

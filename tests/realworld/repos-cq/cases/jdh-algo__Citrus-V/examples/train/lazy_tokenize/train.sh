stub: upstream file of 505 bytes

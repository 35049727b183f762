stub: upstream file of 11251 bytes

stub: upstream file of 9646 bytes

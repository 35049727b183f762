stub: upstream file of 6525 bytes

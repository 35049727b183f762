stub: upstream file of 8699 bytes

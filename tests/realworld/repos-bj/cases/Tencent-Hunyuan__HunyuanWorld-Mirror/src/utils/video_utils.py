stub: upstream file of 6733 bytes

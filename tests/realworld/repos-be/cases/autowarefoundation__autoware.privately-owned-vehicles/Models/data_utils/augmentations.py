stub: upstream file of 10664 bytes

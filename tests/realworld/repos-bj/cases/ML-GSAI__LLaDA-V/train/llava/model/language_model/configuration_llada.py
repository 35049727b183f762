stub: upstream file of 8677 bytes

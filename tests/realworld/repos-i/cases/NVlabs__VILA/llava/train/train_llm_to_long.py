stub: upstream file of 14614 bytes

stub: upstream file of 11646 bytes

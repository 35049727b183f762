stub: upstream file of 18646 bytes

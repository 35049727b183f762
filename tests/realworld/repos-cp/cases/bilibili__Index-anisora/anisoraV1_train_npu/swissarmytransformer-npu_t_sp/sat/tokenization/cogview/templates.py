stub: upstream file of 1767 bytes

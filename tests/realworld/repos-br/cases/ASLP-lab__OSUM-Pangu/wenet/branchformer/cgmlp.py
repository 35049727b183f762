stub: upstream file of 6526 bytes

stub: upstream file of 46576 bytes

stub: upstream file of 8539 bytes

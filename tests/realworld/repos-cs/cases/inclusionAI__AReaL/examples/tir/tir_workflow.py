stub: upstream file of 11595 bytes

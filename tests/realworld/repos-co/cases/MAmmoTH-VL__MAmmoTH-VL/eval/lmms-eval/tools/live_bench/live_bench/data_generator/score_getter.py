stub: upstream file of 6882 bytes

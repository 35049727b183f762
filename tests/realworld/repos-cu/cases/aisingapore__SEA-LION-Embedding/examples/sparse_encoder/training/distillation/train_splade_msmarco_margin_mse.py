stub: upstream file of 5537 bytes

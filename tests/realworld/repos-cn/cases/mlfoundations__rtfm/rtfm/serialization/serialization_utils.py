stub: upstream file of 2924 bytes

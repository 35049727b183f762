stub: upstream file of 1937 bytes

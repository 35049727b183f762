stub: upstream file of 1931 bytes

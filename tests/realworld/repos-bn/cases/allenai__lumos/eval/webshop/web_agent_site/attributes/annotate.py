stub: upstream file of 1977 bytes

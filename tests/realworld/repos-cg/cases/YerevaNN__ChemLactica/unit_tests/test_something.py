stub: upstream file of 1927 bytes

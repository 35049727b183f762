stub: upstream file of 13977 bytes

stub: upstream file of 6977 bytes

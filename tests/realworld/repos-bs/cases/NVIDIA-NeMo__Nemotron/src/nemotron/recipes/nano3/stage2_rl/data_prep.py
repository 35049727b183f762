stub: upstream file of 12977 bytes

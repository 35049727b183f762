stub: upstream file of 32924 bytes

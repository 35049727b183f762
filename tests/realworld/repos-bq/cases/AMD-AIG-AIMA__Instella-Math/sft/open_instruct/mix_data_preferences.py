stub: upstream file of 1946 bytes

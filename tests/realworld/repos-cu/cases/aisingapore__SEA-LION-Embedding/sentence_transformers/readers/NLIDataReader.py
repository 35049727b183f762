stub: upstream file of 2233 bytes

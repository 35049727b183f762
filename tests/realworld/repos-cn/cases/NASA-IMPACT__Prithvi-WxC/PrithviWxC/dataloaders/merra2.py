stub: upstream file of 38233 bytes

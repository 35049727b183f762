stub: upstream file of 24120 bytes

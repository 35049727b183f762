stub: upstream file of 12345 bytes

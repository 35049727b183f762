stub: upstream file of 8299 bytes

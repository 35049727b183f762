stub: upstream file of 18172 bytes

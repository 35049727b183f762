stub: upstream file of 18925 bytes

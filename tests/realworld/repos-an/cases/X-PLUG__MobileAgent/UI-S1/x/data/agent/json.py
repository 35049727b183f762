stub: upstream file of 11479 bytes

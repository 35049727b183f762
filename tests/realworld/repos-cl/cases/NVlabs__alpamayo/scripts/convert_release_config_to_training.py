stub: upstream file of 12637 bytes

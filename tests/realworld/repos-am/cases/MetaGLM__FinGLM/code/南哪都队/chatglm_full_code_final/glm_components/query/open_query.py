stub: upstream file of 8637 bytes

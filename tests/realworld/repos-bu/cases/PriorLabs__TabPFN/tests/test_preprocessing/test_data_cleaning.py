stub: upstream file of 47637 bytes

stub: upstream file of 13637 bytes

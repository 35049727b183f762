stub: upstream file of 10637 bytes

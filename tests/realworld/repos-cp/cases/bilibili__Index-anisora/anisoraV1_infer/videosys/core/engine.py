stub: upstream file of 4637 bytes

stub: upstream file of 15637 bytes

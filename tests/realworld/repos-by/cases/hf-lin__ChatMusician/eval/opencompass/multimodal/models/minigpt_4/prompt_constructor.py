stub: upstream file of 6637 bytes

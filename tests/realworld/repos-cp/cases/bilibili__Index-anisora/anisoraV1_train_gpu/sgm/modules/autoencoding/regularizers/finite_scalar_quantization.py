stub: upstream file of 5637 bytes

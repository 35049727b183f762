stub: upstream file of 3323 bytes

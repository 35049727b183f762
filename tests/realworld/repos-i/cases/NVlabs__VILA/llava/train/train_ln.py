stub: upstream file of 35637 bytes

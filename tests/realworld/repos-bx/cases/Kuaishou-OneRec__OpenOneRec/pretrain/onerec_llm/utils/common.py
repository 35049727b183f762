stub: upstream file of 3909 bytes

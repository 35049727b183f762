stub: upstream file of 24267 bytes

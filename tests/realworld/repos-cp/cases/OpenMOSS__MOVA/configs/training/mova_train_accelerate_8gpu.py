stub: upstream file of 3267 bytes

stub: upstream file of 17533 bytes

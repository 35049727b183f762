stub: upstream file of 5714 bytes

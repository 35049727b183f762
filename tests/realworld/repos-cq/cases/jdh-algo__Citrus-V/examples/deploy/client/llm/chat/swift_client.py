stub: upstream file of 2532 bytes

stub: upstream file of 2362 bytes

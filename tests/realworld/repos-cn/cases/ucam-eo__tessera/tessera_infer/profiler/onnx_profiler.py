stub: upstream file of 15362 bytes

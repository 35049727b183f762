stub: upstream file of 14458 bytes

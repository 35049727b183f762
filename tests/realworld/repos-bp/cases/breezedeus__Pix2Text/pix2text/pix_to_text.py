stub: upstream file of 34464 bytes

stub: upstream file of 18458 bytes

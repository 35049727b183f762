stub: upstream file of 8458 bytes

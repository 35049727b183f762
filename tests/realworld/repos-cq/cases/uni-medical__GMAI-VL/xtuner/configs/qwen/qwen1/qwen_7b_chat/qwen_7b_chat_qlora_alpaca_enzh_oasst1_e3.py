stub: upstream file of 8469 bytes

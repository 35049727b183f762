stub: upstream file of 14380 bytes

stub: upstream file of 36322 bytes

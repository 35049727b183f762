stub: upstream file of 6084 bytes

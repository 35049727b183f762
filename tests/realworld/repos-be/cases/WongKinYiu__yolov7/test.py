stub: upstream file of 17281 bytes

stub: upstream file of 11281 bytes

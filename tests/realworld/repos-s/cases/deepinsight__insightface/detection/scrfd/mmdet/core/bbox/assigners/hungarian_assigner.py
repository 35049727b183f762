stub: upstream file of 7173 bytes

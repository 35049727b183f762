stub: upstream file of 18224 bytes

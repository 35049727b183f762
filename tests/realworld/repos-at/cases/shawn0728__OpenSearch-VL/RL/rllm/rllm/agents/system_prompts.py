stub: upstream file of 28235 bytes

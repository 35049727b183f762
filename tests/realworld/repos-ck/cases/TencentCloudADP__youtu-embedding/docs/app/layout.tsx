stub: upstream file of 2244 bytes

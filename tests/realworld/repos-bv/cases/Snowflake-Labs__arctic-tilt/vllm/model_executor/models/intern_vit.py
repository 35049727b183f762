stub: upstream file of 17332 bytes

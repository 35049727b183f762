stub: upstream file of 74342 bytes

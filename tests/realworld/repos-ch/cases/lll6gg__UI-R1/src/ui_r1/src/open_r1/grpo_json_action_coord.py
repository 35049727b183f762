stub: upstream file of 14524 bytes

stub: upstream file of 8133 bytes

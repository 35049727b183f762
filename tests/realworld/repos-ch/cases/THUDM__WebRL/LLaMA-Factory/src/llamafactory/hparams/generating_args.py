stub: upstream file of 2665 bytes

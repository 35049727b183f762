stub: upstream file of 7529 bytes

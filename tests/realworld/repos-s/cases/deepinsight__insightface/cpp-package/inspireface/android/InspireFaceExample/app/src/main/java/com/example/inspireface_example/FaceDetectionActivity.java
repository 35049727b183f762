stub: upstream file of 39637 bytes

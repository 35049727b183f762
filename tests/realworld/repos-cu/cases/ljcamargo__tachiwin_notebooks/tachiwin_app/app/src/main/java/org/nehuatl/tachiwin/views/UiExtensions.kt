stub: upstream file of 3279 bytes

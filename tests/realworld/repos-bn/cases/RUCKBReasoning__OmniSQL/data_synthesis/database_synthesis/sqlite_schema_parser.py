stub: upstream file of 18345 bytes

stub: upstream file of 18483 bytes

stub: upstream file of 1526 bytes

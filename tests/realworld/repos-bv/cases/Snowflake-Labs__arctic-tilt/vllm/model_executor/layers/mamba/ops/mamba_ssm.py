stub: upstream file of 14112 bytes

stub: upstream file of 21545 bytes

stub: upstream file of 11493 bytes

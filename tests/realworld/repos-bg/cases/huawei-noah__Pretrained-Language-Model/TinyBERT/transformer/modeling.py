stub: upstream file of 52108 bytes

stub: upstream file of 5362 bytes

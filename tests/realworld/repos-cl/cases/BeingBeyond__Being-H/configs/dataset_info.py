stub: upstream file of 12481 bytes

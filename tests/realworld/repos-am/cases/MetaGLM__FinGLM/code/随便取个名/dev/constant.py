stub: upstream file of 17481 bytes

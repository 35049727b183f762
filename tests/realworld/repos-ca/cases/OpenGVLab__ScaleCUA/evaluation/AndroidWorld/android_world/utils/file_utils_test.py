stub: upstream file of 9481 bytes

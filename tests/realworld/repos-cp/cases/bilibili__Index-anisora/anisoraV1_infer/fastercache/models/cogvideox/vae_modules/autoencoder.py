stub: upstream file of 25363 bytes

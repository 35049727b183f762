stub: upstream file of 26468 bytes

stub: upstream file of 6656 bytes

stub: upstream file of 9449 bytes

stub: upstream file of 9341 bytes

stub: upstream file of 74341 bytes

stub: upstream file of 6341 bytes

stub: upstream file of 3354 bytes

stub: upstream file of 107160 bytes

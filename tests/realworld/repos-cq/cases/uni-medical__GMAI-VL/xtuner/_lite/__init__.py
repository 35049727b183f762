stub: upstream file of 305 bytes

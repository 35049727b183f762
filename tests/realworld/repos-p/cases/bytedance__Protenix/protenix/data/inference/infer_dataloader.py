stub: upstream file of 11305 bytes

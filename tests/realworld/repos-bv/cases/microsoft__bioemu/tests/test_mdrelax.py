stub: upstream file of 3305 bytes

stub: upstream file of 4305 bytes

stub: upstream file of 18305 bytes

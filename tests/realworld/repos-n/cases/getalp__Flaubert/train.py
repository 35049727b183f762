stub: upstream file of 18245 bytes

stub: upstream file of 16705 bytes

stub: upstream file of 3179 bytes

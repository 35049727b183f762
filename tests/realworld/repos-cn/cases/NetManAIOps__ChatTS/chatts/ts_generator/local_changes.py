stub: upstream file of 36359 bytes

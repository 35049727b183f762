stub: upstream file of 11214 bytes

stub: upstream file of 70214 bytes

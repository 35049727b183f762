stub: upstream file of 16253 bytes

stub: upstream file of 10341 bytes

stub: upstream file of 6171 bytes

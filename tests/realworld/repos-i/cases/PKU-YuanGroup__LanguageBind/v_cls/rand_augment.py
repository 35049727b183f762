stub: upstream file of 16261 bytes

stub: upstream file of 16214 bytes

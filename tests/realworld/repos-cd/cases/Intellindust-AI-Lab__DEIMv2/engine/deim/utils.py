stub: upstream file of 6345 bytes

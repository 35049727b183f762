stub: upstream file of 18035 bytes

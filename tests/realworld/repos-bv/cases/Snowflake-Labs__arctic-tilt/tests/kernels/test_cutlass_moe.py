stub: upstream file of 10150 bytes

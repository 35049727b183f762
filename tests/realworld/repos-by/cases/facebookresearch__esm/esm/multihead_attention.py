stub: upstream file of 20332 bytes

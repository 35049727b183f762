stub: upstream file of 24800 bytes

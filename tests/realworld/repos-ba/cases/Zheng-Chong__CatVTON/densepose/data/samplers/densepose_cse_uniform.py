stub: upstream file of 318 bytes

stub: upstream file of 17309 bytes

stub: upstream file of 17355 bytes

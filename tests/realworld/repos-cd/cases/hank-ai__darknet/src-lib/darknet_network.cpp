stub: upstream file of 48469 bytes

stub: upstream file of 7355 bytes

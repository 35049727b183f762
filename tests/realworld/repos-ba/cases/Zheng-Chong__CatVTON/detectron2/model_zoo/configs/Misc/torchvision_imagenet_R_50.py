stub: upstream file of 4496 bytes

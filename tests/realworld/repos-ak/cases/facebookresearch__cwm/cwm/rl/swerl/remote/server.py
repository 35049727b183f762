stub: upstream file of 11374 bytes

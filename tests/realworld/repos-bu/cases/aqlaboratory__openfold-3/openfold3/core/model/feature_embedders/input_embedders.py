stub: upstream file of 21374 bytes

stub: upstream file of 15377 bytes

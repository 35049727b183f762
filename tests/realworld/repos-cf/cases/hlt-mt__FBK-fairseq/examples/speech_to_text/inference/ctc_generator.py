stub: upstream file of 9374 bytes

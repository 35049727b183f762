stub: upstream file of 9285 bytes

stub: upstream file of 291 bytes

stub: upstream file of 3347 bytes

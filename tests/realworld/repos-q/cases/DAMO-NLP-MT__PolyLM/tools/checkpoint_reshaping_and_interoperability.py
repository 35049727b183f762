stub: upstream file of 36383 bytes

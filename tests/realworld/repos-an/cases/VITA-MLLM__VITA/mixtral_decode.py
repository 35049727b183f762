stub: upstream file of 4269 bytes

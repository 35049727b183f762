stub: upstream file of 329 bytes

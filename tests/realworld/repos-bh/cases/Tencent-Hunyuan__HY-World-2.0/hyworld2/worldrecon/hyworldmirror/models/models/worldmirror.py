stub: upstream file of 31383 bytes

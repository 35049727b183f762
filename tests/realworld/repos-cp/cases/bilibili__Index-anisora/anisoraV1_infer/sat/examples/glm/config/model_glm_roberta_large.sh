stub: upstream file of 383 bytes

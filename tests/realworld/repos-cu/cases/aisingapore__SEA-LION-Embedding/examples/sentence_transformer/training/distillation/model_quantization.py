stub: upstream file of 5383 bytes

stub: upstream file of 22383 bytes

stub: upstream file of 6383 bytes

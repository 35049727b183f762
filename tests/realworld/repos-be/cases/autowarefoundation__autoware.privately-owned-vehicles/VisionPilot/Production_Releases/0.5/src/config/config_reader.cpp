stub: upstream file of 4361 bytes

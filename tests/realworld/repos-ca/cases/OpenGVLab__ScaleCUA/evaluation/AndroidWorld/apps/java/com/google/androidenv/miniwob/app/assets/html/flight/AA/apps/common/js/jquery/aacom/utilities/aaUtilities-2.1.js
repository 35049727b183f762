stub: upstream file of 24499 bytes

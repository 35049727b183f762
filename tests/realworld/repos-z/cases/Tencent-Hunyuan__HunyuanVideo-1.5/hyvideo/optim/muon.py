stub: upstream file of 8485 bytes

stub: upstream file of 6437 bytes

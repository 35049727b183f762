stub: upstream file of 16666 bytes

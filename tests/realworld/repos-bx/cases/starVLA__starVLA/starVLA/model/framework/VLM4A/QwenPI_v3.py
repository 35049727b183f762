stub: upstream file of 24518 bytes

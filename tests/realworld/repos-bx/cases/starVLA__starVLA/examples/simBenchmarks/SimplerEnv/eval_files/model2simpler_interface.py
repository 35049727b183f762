stub: upstream file of 11340 bytes

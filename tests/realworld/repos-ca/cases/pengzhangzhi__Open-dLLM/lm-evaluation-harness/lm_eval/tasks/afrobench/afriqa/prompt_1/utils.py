stub: upstream file of 1483 bytes

stub: upstream file of 1666 bytes

stub: upstream file of 6481 bytes

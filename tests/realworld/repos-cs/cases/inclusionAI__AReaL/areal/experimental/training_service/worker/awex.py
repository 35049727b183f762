stub: upstream file of 6599 bytes

stub: upstream file of 11668 bytes

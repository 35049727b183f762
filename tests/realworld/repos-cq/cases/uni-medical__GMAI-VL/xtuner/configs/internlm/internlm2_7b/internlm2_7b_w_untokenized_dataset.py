stub: upstream file of 7148 bytes

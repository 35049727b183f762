stub: upstream file of 35595 bytes

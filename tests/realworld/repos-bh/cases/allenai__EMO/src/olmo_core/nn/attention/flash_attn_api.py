stub: upstream file of 16595 bytes

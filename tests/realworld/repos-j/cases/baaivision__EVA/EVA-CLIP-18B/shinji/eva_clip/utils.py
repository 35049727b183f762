stub: upstream file of 14854 bytes

stub: upstream file of 16155 bytes

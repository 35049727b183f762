stub: upstream file of 16131 bytes

stub: upstream file of 8244 bytes

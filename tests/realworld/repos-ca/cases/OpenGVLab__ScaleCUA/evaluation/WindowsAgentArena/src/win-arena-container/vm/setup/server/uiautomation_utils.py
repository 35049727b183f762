stub: upstream file of 8640 bytes

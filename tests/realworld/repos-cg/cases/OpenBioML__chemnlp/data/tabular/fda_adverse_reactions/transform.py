stub: upstream file of 4755 bytes

stub: upstream file of 8565 bytes

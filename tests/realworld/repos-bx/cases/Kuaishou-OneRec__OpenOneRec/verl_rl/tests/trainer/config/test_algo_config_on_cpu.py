stub: upstream file of 8136 bytes

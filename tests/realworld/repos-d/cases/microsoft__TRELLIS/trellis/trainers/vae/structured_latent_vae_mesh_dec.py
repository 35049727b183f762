stub: upstream file of 17468 bytes

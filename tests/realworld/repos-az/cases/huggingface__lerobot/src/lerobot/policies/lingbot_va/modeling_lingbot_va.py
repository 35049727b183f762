stub: upstream file of 41362 bytes

stub: upstream file of 14317 bytes

stub: upstream file of 13562 bytes

stub: upstream file of 9343 bytes

stub: upstream file of 13369 bytes

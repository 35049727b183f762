stub: upstream file of 6470 bytes

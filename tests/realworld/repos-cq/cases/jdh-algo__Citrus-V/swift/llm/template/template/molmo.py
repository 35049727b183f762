stub: upstream file of 2530 bytes

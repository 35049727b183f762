stub: upstream file of 7530 bytes

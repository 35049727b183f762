stub: upstream file of 10767 bytes

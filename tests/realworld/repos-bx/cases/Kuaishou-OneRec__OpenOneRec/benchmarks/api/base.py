stub: upstream file of 7570 bytes

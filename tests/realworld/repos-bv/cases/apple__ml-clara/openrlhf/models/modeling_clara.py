stub: upstream file of 75570 bytes

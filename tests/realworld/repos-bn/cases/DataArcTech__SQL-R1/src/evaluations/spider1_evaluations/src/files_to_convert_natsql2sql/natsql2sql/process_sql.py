stub: upstream file of 18570 bytes

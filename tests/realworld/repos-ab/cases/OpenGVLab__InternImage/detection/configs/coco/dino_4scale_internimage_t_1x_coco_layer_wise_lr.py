stub: upstream file of 6570 bytes

stub: upstream file of 9570 bytes

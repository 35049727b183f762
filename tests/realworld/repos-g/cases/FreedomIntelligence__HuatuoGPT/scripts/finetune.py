stub: upstream file of 15570 bytes

stub: upstream file of 3570 bytes

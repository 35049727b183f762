stub: upstream file of 1570 bytes

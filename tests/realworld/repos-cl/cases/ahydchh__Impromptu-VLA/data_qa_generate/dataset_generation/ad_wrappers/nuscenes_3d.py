stub: upstream file of 570 bytes

stub: upstream file of 20570 bytes

stub: upstream file of 28570 bytes

stub: upstream file of 46570 bytes

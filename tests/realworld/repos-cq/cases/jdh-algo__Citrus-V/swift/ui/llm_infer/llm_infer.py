stub: upstream file of 16570 bytes

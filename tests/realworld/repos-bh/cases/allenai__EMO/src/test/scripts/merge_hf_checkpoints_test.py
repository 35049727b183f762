stub: upstream file of 23570 bytes

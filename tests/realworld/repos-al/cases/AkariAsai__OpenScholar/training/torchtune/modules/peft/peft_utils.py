stub: upstream file of 14570 bytes

stub: upstream file of 24570 bytes

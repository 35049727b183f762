stub: upstream file of 15500 bytes

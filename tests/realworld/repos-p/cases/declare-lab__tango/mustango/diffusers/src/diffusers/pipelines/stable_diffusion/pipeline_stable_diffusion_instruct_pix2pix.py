stub: upstream file of 38741 bytes

stub: upstream file of 9027 bytes

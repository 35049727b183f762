stub: upstream file of 14241 bytes

stub: upstream file of 901432 bytes

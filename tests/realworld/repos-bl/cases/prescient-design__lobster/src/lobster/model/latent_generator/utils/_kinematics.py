stub: upstream file of 25530 bytes

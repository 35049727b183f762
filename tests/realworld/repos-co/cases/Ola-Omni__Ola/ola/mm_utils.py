stub: upstream file of 9832 bytes

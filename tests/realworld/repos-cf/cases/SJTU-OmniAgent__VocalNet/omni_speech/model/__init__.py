stub: upstream file of 432 bytes

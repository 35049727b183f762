stub: upstream file of 21405 bytes

stub: upstream file of 9405 bytes

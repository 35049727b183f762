stub: upstream file of 9245 bytes

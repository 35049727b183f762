stub: upstream file of 11111 bytes

stub: upstream file of 9111 bytes

stub: upstream file of 8111 bytes

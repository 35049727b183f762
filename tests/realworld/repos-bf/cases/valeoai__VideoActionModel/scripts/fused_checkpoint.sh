stub: upstream file of 1111 bytes

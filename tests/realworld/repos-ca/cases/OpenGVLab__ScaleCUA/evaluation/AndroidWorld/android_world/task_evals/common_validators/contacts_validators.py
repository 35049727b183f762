stub: upstream file of 2111 bytes

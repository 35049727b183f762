stub: upstream file of 7111 bytes

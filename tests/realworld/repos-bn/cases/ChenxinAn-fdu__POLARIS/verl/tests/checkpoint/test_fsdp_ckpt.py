stub: upstream file of 5111 bytes

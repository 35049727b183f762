stub: upstream file of 28111 bytes

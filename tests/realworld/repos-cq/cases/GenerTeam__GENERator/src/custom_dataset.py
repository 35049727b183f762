stub: upstream file of 4111 bytes

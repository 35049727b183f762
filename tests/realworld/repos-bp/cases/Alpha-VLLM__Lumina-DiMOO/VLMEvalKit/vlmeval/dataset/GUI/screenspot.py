stub: upstream file of 18111 bytes

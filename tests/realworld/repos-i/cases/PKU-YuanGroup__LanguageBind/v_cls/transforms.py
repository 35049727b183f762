stub: upstream file of 20111 bytes

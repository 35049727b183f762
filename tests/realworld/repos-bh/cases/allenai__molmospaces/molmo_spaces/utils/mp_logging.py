stub: upstream file of 15111 bytes

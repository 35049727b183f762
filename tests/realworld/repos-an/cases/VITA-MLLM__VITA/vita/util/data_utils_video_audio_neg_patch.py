stub: upstream file of 51111 bytes

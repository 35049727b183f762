stub: upstream file of 16542 bytes

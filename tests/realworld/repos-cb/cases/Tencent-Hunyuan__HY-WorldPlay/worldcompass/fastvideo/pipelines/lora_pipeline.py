stub: upstream file of 10394 bytes

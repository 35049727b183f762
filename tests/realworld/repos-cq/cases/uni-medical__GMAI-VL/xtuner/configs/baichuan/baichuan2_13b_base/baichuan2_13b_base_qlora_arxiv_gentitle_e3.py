stub: upstream file of 9394 bytes

stub: upstream file of 5394 bytes

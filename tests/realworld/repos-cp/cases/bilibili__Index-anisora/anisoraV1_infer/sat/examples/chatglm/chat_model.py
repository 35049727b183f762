stub: upstream file of 8394 bytes

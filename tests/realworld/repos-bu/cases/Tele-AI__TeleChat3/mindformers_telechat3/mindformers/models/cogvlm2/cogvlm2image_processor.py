stub: upstream file of 11394 bytes

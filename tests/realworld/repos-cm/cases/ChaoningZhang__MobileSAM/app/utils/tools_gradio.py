stub: upstream file of 6394 bytes

stub: upstream file of 7394 bytes

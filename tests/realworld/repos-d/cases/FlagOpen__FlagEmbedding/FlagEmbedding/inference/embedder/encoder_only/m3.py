stub: upstream file of 34394 bytes

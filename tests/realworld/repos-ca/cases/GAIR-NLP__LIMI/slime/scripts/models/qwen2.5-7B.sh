stub: upstream file of 394 bytes

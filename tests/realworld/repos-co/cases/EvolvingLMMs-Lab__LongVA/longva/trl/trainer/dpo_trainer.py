stub: upstream file of 61394 bytes

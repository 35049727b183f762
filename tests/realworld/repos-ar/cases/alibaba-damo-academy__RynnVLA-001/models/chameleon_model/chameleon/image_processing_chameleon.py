stub: upstream file of 18394 bytes

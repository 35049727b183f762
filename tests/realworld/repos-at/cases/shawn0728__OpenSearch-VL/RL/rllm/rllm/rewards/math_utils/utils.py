stub: upstream file of 14394 bytes

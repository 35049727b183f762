stub: upstream file of 37394 bytes

stub: upstream file of 2394 bytes

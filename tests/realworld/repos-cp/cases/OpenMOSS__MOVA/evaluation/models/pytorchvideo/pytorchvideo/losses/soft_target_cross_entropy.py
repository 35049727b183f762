stub: upstream file of 3394 bytes

stub: upstream file of 4394 bytes

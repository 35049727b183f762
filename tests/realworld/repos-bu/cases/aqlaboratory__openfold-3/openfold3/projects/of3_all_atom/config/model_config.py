stub: upstream file of 21394 bytes

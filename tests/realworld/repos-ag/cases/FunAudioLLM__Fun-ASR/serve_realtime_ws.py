stub: upstream file of 29394 bytes

stub: upstream file of 20394 bytes

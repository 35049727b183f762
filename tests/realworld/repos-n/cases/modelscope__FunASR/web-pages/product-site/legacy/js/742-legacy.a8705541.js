stub: upstream file of 187394 bytes

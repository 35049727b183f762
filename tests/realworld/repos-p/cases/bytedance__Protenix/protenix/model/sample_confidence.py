stub: upstream file of 31394 bytes

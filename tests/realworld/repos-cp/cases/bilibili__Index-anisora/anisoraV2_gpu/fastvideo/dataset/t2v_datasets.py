stub: upstream file of 13394 bytes

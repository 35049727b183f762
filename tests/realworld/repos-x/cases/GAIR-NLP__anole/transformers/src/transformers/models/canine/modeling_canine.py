stub: upstream file of 73394 bytes

stub: upstream file of 35352 bytes

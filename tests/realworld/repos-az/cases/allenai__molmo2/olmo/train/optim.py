stub: upstream file of 21343 bytes

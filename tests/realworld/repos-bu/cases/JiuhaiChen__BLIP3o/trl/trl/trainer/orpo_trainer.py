stub: upstream file of 51316 bytes

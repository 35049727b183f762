stub: upstream file of 19343 bytes

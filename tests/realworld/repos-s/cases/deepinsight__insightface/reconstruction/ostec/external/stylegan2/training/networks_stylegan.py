stub: upstream file of 33273 bytes

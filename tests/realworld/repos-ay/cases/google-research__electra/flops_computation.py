stub: upstream file of 9284 bytes

stub: upstream file of 9112 bytes

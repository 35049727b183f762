stub: upstream file of 237 bytes

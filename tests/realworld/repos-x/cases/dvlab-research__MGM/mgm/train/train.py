stub: upstream file of 55237 bytes

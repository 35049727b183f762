stub: upstream file of 16237 bytes

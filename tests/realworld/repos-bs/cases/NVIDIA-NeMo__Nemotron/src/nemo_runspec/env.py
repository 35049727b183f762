stub: upstream file of 8253 bytes

stub: upstream file of 8572 bytes

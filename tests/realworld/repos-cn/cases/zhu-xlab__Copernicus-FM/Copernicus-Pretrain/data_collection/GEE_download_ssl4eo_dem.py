stub: upstream file of 5644 bytes

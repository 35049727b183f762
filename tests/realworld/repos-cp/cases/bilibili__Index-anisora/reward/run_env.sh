stub: upstream file of 644 bytes

stub: upstream file of 36499 bytes

stub: upstream file of 12261 bytes

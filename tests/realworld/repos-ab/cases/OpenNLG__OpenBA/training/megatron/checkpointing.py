stub: upstream file of 26330 bytes

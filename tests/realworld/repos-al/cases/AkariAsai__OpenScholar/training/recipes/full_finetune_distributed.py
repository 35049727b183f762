stub: upstream file of 28134 bytes

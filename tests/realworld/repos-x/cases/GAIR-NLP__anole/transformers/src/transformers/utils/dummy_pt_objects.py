stub: upstream file of 229024 bytes

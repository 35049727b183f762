stub: upstream file of 58886 bytes

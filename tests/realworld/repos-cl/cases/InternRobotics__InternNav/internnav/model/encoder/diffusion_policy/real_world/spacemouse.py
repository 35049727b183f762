stub: upstream file of 3140 bytes

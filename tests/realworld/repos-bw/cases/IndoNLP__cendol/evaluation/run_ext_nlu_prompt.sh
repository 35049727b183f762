stub: upstream file of 5254 bytes

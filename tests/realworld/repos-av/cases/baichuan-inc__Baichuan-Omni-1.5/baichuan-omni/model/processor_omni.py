stub: upstream file of 45245 bytes

stub: upstream file of 16477 bytes

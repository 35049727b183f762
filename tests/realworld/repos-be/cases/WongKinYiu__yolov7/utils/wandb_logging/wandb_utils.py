stub: upstream file of 16265 bytes

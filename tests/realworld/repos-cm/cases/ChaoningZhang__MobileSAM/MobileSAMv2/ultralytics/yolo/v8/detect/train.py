stub: upstream file of 7199 bytes

stub: upstream file of 4237 bytes

stub: upstream file of 1237 bytes

stub: upstream file of 20241 bytes

stub: upstream file of 3024 bytes

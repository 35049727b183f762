stub: upstream file of 8392 bytes

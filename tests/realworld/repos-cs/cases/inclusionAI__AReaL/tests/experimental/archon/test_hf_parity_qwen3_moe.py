stub: upstream file of 8958 bytes

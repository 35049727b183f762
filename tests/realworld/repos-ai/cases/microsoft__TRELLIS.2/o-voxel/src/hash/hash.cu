stub: upstream file of 16644 bytes

stub: upstream file of 24024 bytes

stub: upstream file of 8864 bytes

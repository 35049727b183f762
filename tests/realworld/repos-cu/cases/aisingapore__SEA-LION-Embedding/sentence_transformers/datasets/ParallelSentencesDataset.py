stub: upstream file of 8162 bytes

stub: upstream file of 24115 bytes

stub: upstream file of 85 bytes

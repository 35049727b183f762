stub: upstream file of 8001 bytes

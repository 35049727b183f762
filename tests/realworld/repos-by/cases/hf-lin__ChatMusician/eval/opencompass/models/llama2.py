stub: upstream file of 8002 bytes

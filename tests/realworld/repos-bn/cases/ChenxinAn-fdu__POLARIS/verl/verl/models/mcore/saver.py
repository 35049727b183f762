stub: upstream file of 20050 bytes

stub: upstream file of 5215 bytes

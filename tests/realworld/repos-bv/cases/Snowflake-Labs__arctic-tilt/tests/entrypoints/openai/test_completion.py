stub: upstream file of 29215 bytes

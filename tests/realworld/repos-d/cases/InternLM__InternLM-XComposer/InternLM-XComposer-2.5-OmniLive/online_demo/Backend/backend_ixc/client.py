stub: upstream file of 24215 bytes

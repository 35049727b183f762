stub: upstream file of 30215 bytes

stub: upstream file of 11215 bytes

stub: upstream file of 13215 bytes

stub: upstream file of 22215 bytes

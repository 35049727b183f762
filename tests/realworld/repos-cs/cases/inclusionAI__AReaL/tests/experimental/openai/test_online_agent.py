stub: upstream file of 4215 bytes

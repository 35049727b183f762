stub: upstream file of 19215 bytes

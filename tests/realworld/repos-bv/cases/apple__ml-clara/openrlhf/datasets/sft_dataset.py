stub: upstream file of 22245 bytes

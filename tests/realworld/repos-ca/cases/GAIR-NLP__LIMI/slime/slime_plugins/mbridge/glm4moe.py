stub: upstream file of 8955 bytes

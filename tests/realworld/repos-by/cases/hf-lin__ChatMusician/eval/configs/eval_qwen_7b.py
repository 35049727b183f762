stub: upstream file of 4297 bytes

stub: upstream file of 10413 bytes

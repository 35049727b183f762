stub: upstream file of 6077 bytes

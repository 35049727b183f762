stub: upstream file of 25333 bytes

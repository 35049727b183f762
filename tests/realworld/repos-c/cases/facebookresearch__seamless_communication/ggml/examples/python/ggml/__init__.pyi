stub: upstream file of 95355 bytes

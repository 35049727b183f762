stub: upstream file of 27647 bytes

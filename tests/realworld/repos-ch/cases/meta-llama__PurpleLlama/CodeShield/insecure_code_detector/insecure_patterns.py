stub: upstream file of 4711 bytes

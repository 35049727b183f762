stub: upstream file of 68711 bytes

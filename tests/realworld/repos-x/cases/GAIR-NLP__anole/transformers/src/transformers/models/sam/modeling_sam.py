stub: upstream file of 64711 bytes

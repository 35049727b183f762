stub: upstream file of 22711 bytes

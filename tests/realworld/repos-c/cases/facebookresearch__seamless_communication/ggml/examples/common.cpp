stub: upstream file of 27711 bytes

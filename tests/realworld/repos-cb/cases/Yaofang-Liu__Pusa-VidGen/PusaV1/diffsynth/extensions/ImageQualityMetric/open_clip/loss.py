stub: upstream file of 10711 bytes

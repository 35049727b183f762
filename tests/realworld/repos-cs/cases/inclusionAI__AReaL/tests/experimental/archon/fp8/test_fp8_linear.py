stub: upstream file of 13711 bytes

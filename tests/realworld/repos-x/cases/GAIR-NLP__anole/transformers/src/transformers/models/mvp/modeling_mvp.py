stub: upstream file of 92711 bytes

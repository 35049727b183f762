stub: upstream file of 26711 bytes

stub: upstream file of 12711 bytes

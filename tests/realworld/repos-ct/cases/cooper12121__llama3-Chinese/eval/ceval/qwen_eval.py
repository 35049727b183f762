stub: upstream file of 14711 bytes

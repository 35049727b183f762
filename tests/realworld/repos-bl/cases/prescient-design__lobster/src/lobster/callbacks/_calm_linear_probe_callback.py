stub: upstream file of 16711 bytes

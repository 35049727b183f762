stub: upstream file of 6711 bytes

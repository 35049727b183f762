stub: upstream file of 108711 bytes

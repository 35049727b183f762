stub: upstream file of 17711 bytes

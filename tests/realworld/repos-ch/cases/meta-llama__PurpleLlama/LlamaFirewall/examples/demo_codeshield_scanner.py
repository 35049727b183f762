stub: upstream file of 3711 bytes

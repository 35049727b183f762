stub: upstream file of 80711 bytes

stub: upstream file of 23711 bytes

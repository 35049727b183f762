stub: upstream file of 1711 bytes

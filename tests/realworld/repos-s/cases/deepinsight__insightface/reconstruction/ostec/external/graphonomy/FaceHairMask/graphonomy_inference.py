stub: upstream file of 7711 bytes

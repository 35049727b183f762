stub: upstream file of 5711 bytes

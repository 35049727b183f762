stub: upstream file of 8711 bytes

stub: upstream file of 15711 bytes

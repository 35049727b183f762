stub: upstream file of 20711 bytes

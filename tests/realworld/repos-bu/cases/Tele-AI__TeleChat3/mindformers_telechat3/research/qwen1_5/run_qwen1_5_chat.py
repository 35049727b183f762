stub: upstream file of 9711 bytes

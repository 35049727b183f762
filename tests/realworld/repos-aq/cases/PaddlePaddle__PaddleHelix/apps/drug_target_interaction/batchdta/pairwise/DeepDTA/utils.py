stub: upstream file of 11711 bytes

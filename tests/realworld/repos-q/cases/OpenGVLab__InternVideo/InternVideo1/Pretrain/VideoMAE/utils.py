stub: upstream file of 21711 bytes

stub: upstream file of 29287 bytes

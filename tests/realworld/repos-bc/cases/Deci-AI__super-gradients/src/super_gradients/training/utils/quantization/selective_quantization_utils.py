stub: upstream file of 16573 bytes

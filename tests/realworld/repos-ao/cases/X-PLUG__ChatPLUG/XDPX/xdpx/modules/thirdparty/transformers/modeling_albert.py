stub: upstream file of 39547 bytes

stub: upstream file of 16305 bytes

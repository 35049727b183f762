stub: upstream file of 7833 bytes

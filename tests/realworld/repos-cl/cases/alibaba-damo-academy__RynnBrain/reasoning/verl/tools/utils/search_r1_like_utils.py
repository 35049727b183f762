stub: upstream file of 9995 bytes

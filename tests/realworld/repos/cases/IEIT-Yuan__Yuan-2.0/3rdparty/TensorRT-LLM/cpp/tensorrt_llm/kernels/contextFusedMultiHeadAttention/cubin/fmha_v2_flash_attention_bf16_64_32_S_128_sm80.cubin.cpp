stub: upstream file of 459403 bytes

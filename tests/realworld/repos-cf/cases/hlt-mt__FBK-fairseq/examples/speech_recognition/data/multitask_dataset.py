stub: upstream file of 2517 bytes

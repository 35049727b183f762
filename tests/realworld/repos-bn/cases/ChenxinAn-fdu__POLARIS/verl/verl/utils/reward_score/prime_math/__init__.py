stub: upstream file of 12426 bytes

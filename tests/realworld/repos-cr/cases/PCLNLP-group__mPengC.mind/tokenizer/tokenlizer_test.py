stub: upstream file of 1175 bytes

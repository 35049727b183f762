stub: upstream file of 9735 bytes

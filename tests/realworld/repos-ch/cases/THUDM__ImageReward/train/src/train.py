stub: upstream file of 8586 bytes

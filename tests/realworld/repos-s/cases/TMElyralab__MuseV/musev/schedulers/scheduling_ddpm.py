stub: upstream file of 11194 bytes

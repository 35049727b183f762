stub: upstream file of 8802 bytes

stub: upstream file of 10586 bytes

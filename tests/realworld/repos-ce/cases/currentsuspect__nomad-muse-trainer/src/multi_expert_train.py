stub: upstream file of 21755 bytes

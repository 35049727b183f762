stub: upstream file of 63050 bytes
